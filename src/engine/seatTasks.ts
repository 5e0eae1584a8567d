// Tasks delegated to another player's seat (a game day): no simulated teammate acknowledges or
// does them; the seat's player does the work by hand, and doing it settles the task.
import type { TaskWork } from './types';
import type { Tx } from './tx';

const sameWork = (a: TaskWork, b: TaskWork): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The actor just did this work themselves: their open tasks for it are done. */
export function settleSeatTasks(tx: Tx, actor: string, work: TaskWork): void {
  if (!tx.s.players.includes(actor)) return;
  tx.s.tasks.forEach((task, index) => {
    if (task.to !== actor || task.status === 'done' || !sameWork(task.work, work)) return;
    tx.own('tasks')[index] = { ...task, ackedAt: task.ackedAt ?? tx.now, doneAt: tx.now, status: 'done' };
  });
}
