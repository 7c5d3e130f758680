/**
 * "Something changed": wait() settles at the next notify(). Waiters look at their condition again
 * after every wake-up, so one signal serves several conditions (input queued, credit granted, done).
 */
export class ChangeSignal {
  private settle: () => void = () => undefined;
  private next = this.renew();

  wait(): Promise<void> {
    return this.next;
  }

  notify(): void {
    this.settle();
    this.next = this.renew();
  }

  private renew(): Promise<void> {
    return new Promise<void>((resolve) => (this.settle = resolve));
  }
}
