/**
 * Per-request DataLoaders, created on first use. Each module declares its loader factories; the
 * registry keys them by factory so two modules never share (or clash on) a loader.
 */
export class LoaderRegistry<Ctx> {
  private readonly loaders = new Map<(ctx: Ctx) => unknown, unknown>();

  constructor(private readonly ctx: () => Ctx) {}

  get<T>(factory: (ctx: Ctx) => T): T {
    let loader = this.loaders.get(factory) as T | undefined;
    if (loader === undefined) {
      loader = factory(this.ctx());
      this.loaders.set(factory, loader);
    }
    return loader;
  }
}
