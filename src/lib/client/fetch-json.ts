/**
 * A JSON file the page fetches at most once per address, kept; a failed fetch (network, HTTP
 * error) is forgotten, so the next call tries again. For the files that fill in what the page
 * leaves out at load: the chapters' folded parts (load-on-open.ts) and the endnotes (endnotes.ts).
 */
export function jsonFiles<T>(): (url: string) => Promise<T> {
  const files = new Map<string, Promise<T>>();
  return (url) => {
    let file = files.get(url);
    if (!file) {
      file = fetch(url).then((r) => {
        if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
        return r.json() as Promise<T>;
      });
      files.set(url, file);
      file.catch(() => files.delete(url));
    }
    return file;
  };
}
