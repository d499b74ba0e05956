import { useEffect, useState } from "react";

const MINUTE_MS = 60_000;
const floorToMinute = (ms: number) => ms - (ms % MINUTE_MS);

/**
 * The current minute, renewed just after each minute turns: the checklist is evaluated again from
 * the exports already read (no file is read again), so time left and overdue marks move by themselves.
 */
export function useMinuteClock(): Date {
  const [now, setNow] = useState(() => new Date(floorToMinute(Date.now())));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const schedule = () => {
      timer = setTimeout(tick, MINUTE_MS - (Date.now() % MINUTE_MS) + 20);
    };
    const tick = () => {
      const minute = floorToMinute(Date.now());
      setNow((before) => (before.getTime() === minute ? before : new Date(minute)));
      schedule();
    };
    schedule();
    return () => clearTimeout(timer);
  }, []);
  return now;
}
