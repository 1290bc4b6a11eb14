/**
 * Runs tasks one at a time per key. SessionService runs commands to one session one after
 * another inside a process, so fifteen delegations voting at once do not race each other
 * into version conflicts. It orders; it does not guard: the store's expected version
 * (retried by the service) is the one guard, against other processes too.
 */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(task, task);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    // Forget the key once its queue is empty, so idle sessions cost nothing.
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }
}
