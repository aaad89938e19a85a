'use client';
/**
 * Gone: what a live page renders when its subject answers 404 on a later poll (the pod was replaced, the
 * component removed). It throws Next.js's notFound(), so the page becomes the same 404 a fresh load gets.
 */
import { notFound } from 'next/navigation';

export function Gone(): never {
  notFound();
}
