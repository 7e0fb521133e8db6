/**
 * A build step made once per edition: every page of the edition that asks for it (and the other
 * build steps that rest on it) shares the one promise.
 */
export function perEdition<T>(make: (tag: string) => Promise<T>): (tag: string) => Promise<T> {
  const made = new Map<string, Promise<T>>();
  return (tag) => {
    let value = made.get(tag);
    if (!value) {
      value = make(tag);
      made.set(tag, value);
    }
    return value;
  };
}
