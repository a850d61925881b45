import { useCallback, useLayoutEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';

export type SearchParamChanges = Record<string, string | null | undefined>;

/** The page's query string as the source of its filters, with edits that build on each other.
 *
 * `useSearchParams` gives the parameters of the last render: two changes made at once (clear the
 * filters, then pick a type, before React renders) would make the second start from the old
 * parameters and bring the cleared ones back. Each edit here starts from the last one written.
 * Every edit replaces the history entry: a filter is not a page the Back button should walk through. */
export function useSearchParamsEditor(): {
  params: URLSearchParams;
  /** Sets the named parameters; an empty value or null removes one. */
  update: (changes: SearchParamChanges) => void;
  /** Puts exactly these parameters in place of all others. */
  replaceAll: (next: URLSearchParams | Record<string, string>) => void;
} {
  const [params, setParams] = useSearchParams();
  const latest = useRef(params);
  useLayoutEffect(() => {
    latest.current = params;
  }, [params]);

  const replaceAll = useCallback(
    (next: URLSearchParams | Record<string, string>) => {
      const written = new URLSearchParams(next);
      latest.current = written;
      setParams(written, { replace: true });
    },
    [setParams],
  );

  const update = useCallback(
    (changes: SearchParamChanges) => {
      const next = new URLSearchParams(latest.current);
      for (const [name, value] of Object.entries(changes)) {
        if (value) next.set(name, value);
        else next.delete(name);
      }
      replaceAll(next);
    },
    [replaceAll],
  );

  return { params, update, replaceAll };
}
