/**
 * Every language's message catalogue, English being the reference: one file per namespace
 * (messages/<locale>/<namespace>.json), so that work on one part of the UI touches one file per language.
 */
import en_layout from '@/messages/en/layout.json';
import en_common from '@/messages/en/common.json';
import en_signIn from '@/messages/en/signIn.json';
import en_model from '@/messages/en/model.json';
import en_overview from '@/messages/en/overview.json';
import en_component from '@/messages/en/component.json';
import en_pod from '@/messages/en/pod.json';
import en_logs from '@/messages/en/logs.json';
import en_findings from '@/messages/en/findings.json';
import en_nodes from '@/messages/en/nodes.json';
import en_pods from '@/messages/en/pods.json';
import en_events from '@/messages/en/events.json';
import en_charts from '@/messages/en/charts.json';
import en_health from '@/messages/en/health.json';
import en_inventory from '@/messages/en/inventory.json';
import en_fleet from '@/messages/en/fleet.json';
import en_errors from '@/messages/en/errors.json';
import en_kubeconfig from '@/messages/en/kubeconfig.json';
import en_titles from '@/messages/en/titles.json';
import ko_layout from '@/messages/ko/layout.json';
import ko_common from '@/messages/ko/common.json';
import ko_signIn from '@/messages/ko/signIn.json';
import ko_model from '@/messages/ko/model.json';
import ko_overview from '@/messages/ko/overview.json';
import ko_component from '@/messages/ko/component.json';
import ko_pod from '@/messages/ko/pod.json';
import ko_logs from '@/messages/ko/logs.json';
import ko_findings from '@/messages/ko/findings.json';
import ko_nodes from '@/messages/ko/nodes.json';
import ko_pods from '@/messages/ko/pods.json';
import ko_events from '@/messages/ko/events.json';
import ko_charts from '@/messages/ko/charts.json';
import ko_health from '@/messages/ko/health.json';
import ko_inventory from '@/messages/ko/inventory.json';
import ko_fleet from '@/messages/ko/fleet.json';
import ko_errors from '@/messages/ko/errors.json';
import ko_kubeconfig from '@/messages/ko/kubeconfig.json';
import ko_titles from '@/messages/ko/titles.json';
import type { Locale } from './locales';

const en = { layout: en_layout, common: en_common, signIn: en_signIn, model: en_model, overview: en_overview, component: en_component, pod: en_pod, logs: en_logs, findings: en_findings, nodes: en_nodes, pods: en_pods, events: en_events, charts: en_charts, health: en_health, inventory: en_inventory, fleet: en_fleet, errors: en_errors, kubeconfig: en_kubeconfig, titles: en_titles };

export type Messages = typeof en;
export const MESSAGES: Record<Locale, Messages> = { en, ko: { layout: ko_layout, common: ko_common, signIn: ko_signIn, model: ko_model, overview: ko_overview, component: ko_component, pod: ko_pod, logs: ko_logs, findings: ko_findings, nodes: ko_nodes, pods: ko_pods, events: ko_events, charts: ko_charts, health: ko_health, inventory: ko_inventory, fleet: ko_fleet, errors: ko_errors, kubeconfig: ko_kubeconfig, titles: ko_titles } };
