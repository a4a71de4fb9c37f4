import { describe, expect, it } from 'vitest';
import { DEFAULT_POLL, nextPollDelay, pollDelay, type PollSample } from '../../../app/domain/bulk/poll-schedule';

const sample = (at: number, processed: number, total = 50): PollSample => ({ at, processed, total });

describe('pollDelay (before a job shows progress)', () => {
  it.each([
    [0, 1000],
    [1, 1500],
    [2, 2250],
    [3, 3375],
    [4, 5000],
    [9, 5000],
  ])('poll %i waits %i ms', (attempt, expected) => {
    expect(pollDelay(attempt, DEFAULT_POLL)).toBe(expected);
  });
});

describe('nextPollDelay', () => {
  it.each<[string, PollSample[], number]>([
    ['no answer yet: the schedule', [], 1000],
    ['still scheduled: the schedule', [sample(1000, 0)], 1500],
    ['one progress sample only: the schedule', [sample(1000, 0), sample(2000, 10)], 2250],
    ['10 leads per second, 30 left: in 3 s', [sample(1000, 10), sample(2000, 20)], 3000],
    ['almost done: not sooner than 250 ms', [sample(1000, 10), sample(2000, 49)], 250],
    ['a slow job: never later than the cap', [sample(1000, 1), sample(11_000, 2)], 5000],
    ['no progress since the first sample: the schedule', [sample(1000, 10), sample(2000, 10)], 2250],
  ])('%s', (_name, samples, expected) => {
    expect(nextPollDelay(samples.length, samples, DEFAULT_POLL)).toBe(expected);
  });
});
