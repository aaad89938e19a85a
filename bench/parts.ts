/** What bench/run.ts hands each part (pod list, partial API, first views, lean): the shapes of its demo cluster process and its load results. */
import type { ChildProcess } from 'node:child_process';

/** A demo cluster process started by bench/run.ts. */
export interface SimLike {
  child: ChildProcess;
}

/** One wrk load result from bench/run.ts. */
export interface LoadLike {
  path: string;
  p50: number;
  p99: number;
  rps: number;
  errors: number;
  non2xx: number;
}
