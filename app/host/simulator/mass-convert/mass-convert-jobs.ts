// Mass-convert jobs progress over simulated time, evaluated lazily whenever the simulator is asked:
// 'scheduled' for the first second, then one lead every 100 ms ('in progress'), then 'completed' [INFERRED pacing].
import type { JsonObject, TargetModule } from '../org/org-types';

export type MassTemplate = {
  deals: JsonObject | undefined;
  assignToId: string | undefined;
  tagModules: TargetModule[];
  attachmentsTo: TargetModule | undefined;
};

export type MassJob = {
  id: string;
  createdAt: number;
  leadIds: string[];
  template: MassTemplate;
  processed: number;
  converted: number;
  failed: number;
  /** The whole job fails (fault/scenario flag). */
  doomed: boolean;
};

export type JobStatus = { Status: string; Total_Count: number; Converted_Count: number; Not_Converted_Count: number; Failed_Count: number };

export type MassConvertJobs = {
  add(job: MassJob): void;
  get(id: string): MassJob | undefined;
  /** Converts every lead whose turn has come; returns true when the org changed. */
  advance(now: number, convertOne: (leadId: string, template: MassTemplate) => boolean): boolean;
  status(job: MassJob, now: number): JobStatus;
};

export const SCHEDULED_MS = 1000;
export const PER_LEAD_MS = 100;

export function createMassConvertJobs(): MassConvertJobs {
  const jobs = new Map<string, MassJob>();
  return {
    add: (job) => void jobs.set(job.id, job),
    get: (id) => jobs.get(id),
    advance(now, convertOne) {
      let changed = false;
      for (const job of jobs.values()) {
        if (job.doomed) continue;
        const due = now < job.createdAt + SCHEDULED_MS ? 0 : Math.floor((now - job.createdAt - SCHEDULED_MS) / PER_LEAD_MS) + 1;
        while (job.processed < Math.min(due, job.leadIds.length)) {
          const ok = convertOne(job.leadIds[job.processed]!, job.template);
          job.processed += 1;
          if (ok) job.converted += 1;
          else job.failed += 1;
          changed ||= ok;
        }
      }
      return changed;
    },
    status(job, now) {
      const total = job.leadIds.length;
      const started = now >= job.createdAt + SCHEDULED_MS;
      if (job.doomed && started) {
        return { Status: 'failed', Total_Count: total, Converted_Count: 0, Not_Converted_Count: 0, Failed_Count: total };
      }
      const state = !started ? 'scheduled' : job.processed < total ? 'in progress' : 'completed';
      return {
        Status: state,
        Total_Count: total,
        Converted_Count: job.converted,
        Not_Converted_Count: total - job.processed,
        Failed_Count: job.failed,
      };
    },
  };
}
