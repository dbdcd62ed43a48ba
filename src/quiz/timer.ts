/** An exam simulation's deadline; the time per question comes from the exam profile (src/quiz/rules.ts). */
export function examDeadline(startedAt: number, questions: number, secondsPerQuestion: number): number {
  return startedAt + questions * secondsPerQuestion * 1000;
}

export function remainingMs(deadline: number, now: number): number {
  return Math.max(0, deadline - now);
}

/** "69:59", or "1:02:03" past an hour; rounds up so 0:00 means time is really up. */
export function formatClock(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** Spoken duration for screen readers: "5 minutes", "1 minute 30 seconds". */
export function spokenDuration(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const m = Math.floor(total / 60);
  const s = total % 60;
  const part = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  return [m ? part(m, 'minute') : '', s || !m ? part(s, 'second') : ''].filter(Boolean).join(' ');
}
