/*
 * The attempt's own time. The wall clock can jump backwards (a system clock set back); the attempt's
 * time never does: a backward jump is absorbed and elapsed time keeps growing at the wall clock's pace.
 * The running exam's clock (clock.ts) raises the floor to what its saved time left implies.
 */
export function createAttemptTime() {
  let skew = 0;
  let last = 0;
  /** Date.now(), moved forward by whatever the wall clock lost, and never earlier than floor. */
  return function attemptNow(floor = 0): number {
    let t = Date.now() + skew;
    const min = Math.max(last, floor);
    if (t < min) {
      skew += min - t;
      t = min;
    }
    return (last = t);
  };
}
export type AttemptTime = ReturnType<typeof createAttemptTime>;
