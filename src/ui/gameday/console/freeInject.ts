// The free inject form's values, turned into the engine's FacilitatorInject (or a problem in words).
import type { FacilitatorInject, Place } from '../../../engine';

export type FreeKind = 'message' | 'alert' | 'metric-shift';
export type MetricName = 'rps' | 'errorRate' | 'p99' | 'saturation';

export interface FreeInjectForm {
  kind: FreeKind;
  from: string;
  place: Place;
  text: string;
  service: string;
  severity: 'critical' | 'warning' | 'info';
  alertname: string;
  summary: string;
  metric: MetricName;
  value: string;
}

export const METRIC_UNITS: Record<MetricName, { title: string; unit: string }> = {
  errorRate: { title: 'Error rate', unit: '% of requests' },
  p99: { title: 'p99 latency', unit: 'ms' },
  rps: { title: 'Traffic', unit: 'requests/s' },
  saturation: { title: 'Saturation', unit: '% of capacity' },
};

export function buildFreeInject(form: FreeInjectForm): { inject: FacilitatorInject } | { problem: string } {
  if (form.kind === 'message') {
    if (!form.from) return { problem: 'Pick who sends the message.' };
    if (form.text.trim() === '') return { problem: 'Write the message.' };
    return { inject: { kind: 'message', from: form.from, place: form.place, text: form.text.trim() } };
  }
  if (!form.service) return { problem: 'Pick a service.' };
  if (form.kind === 'alert') {
    if (form.alertname.trim() === '') return { problem: 'Give the alert a name, e.g. HighErrorRate.' };
    if (form.summary.trim() === '') return { problem: 'Write the alert summary the responders will read.' };
    return { inject: { kind: 'alert', service: form.service, severity: form.severity, alertname: form.alertname.trim(), summary: form.summary.trim() } };
  }
  const number = Number(form.value);
  if (form.value.trim() === '' || !Number.isFinite(number) || number < 0) return { problem: `Type the new ${METRIC_UNITS[form.metric].title.toLowerCase()} as a number (${METRIC_UNITS[form.metric].unit}).` };
  const share = form.metric === 'errorRate' || form.metric === 'saturation';
  if (share && number > 100) return { problem: `${METRIC_UNITS[form.metric].title} is a percentage: 0 to 100.` };
  if (form.metric === 'p99' && number === 0) return { problem: 'Latency must be above 0 ms.' };
  return { inject: { kind: 'metric-shift', service: form.service, baseline: { [form.metric]: share ? number / 100 : number } } };
}
