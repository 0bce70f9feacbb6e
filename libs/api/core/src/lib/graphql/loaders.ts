import type DataLoader from 'dataloader';

/** Builds one DataLoader; domains implement it as an injectable so it can use their repositories. */
export interface LoaderFactory<K, V> {
  create(): DataLoader<K, V>;
}

/**
 * Per-request DataLoaders, created on first use. A new `Loaders` is made for every GraphQL
 * request, so a loader's cache never outlives the request that filled it.
 */
export class Loaders {
  private readonly loaders = new Map<object, unknown>();

  get<K, V>(factory: LoaderFactory<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(factory) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = factory.create();
      this.loaders.set(factory, loader);
    }
    return loader;
  }
}

/** Orders rows fetched with `WHERE id = ANY($1)` to match the keys, `null` for missing ones. */
export function byKeys<T, K>(keys: readonly K[], rows: T[], keyOf: (row: T) => K): (T | null)[] {
  const index = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => index.get(key) ?? null);
}
