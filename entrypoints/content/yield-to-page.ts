/**
 * Gives the page's own tasks a turn. `scheduler.yield()` would resume ahead
 * of the page's timers (and starve them for a whole scan); a posted task of
 * ordinary priority queues behind them, and rendering gets its frames.
 */
interface Scheduler {
  postTask(task: () => void, options?: { priority?: 'user-blocking' | 'user-visible' | 'background' }): Promise<void>;
}

export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.postTask) return scheduler.postTask(() => undefined, { priority: 'user-visible' });
  return new Promise((resolve) => setTimeout(resolve, 0));
}
