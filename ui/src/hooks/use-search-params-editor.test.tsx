import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation, useNavigationType } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useSearchParamsEditor, type SearchParamChanges } from './use-search-params-editor';

function renderAt(url: string) {
  const wrapper = ({ children }: { children: ReactNode }) => <MemoryRouter initialEntries={[url]}>{children}</MemoryRouter>;
  return renderHook(() => ({ editor: useSearchParamsEditor(), location: useLocation(), navigation: useNavigationType() }), { wrapper });
}

describe('useSearchParamsEditor', () => {
  it.each<[string, SearchParamChanges, string]>([
    ['/?kind=LEASE', { status: 'ACTIVE' }, '?kind=LEASE&status=ACTIVE'],
    ['/?kind=LEASE&q=van', { q: null }, '?kind=LEASE'],
    ['/?kind=LEASE&q=van', { q: '' }, '?kind=LEASE'],
    ['/?kind=LEASE', { kind: 'RENTAL' }, '?kind=RENTAL'],
    ['/', { q: 'Namur 12', from: undefined }, '?q=Namur+12'],
  ])('from %s, update(%j) gives %s', (start, changes, expected) => {
    const { result } = renderAt(start);
    act(() => result.current.editor.update(changes));
    expect(result.current.location.search).toBe(expected);
  });

  it('builds a second change on the first one made before any render (clear, then pick a type)', () => {
    const { result } = renderAt('/?q=van&kind=LEASE');
    act(() => {
      result.current.editor.replaceAll({});
      result.current.editor.update({ kind: 'INVOICE' });
    });
    expect(result.current.location.search).toBe('?kind=INVOICE');
  });

  it('replaceAll drops every other parameter', () => {
    const { result } = renderAt('/?q=van&status=ACTIVE');
    act(() => result.current.editor.replaceAll({ sort: 'END_DESC' }));
    expect(result.current.location.search).toBe('?sort=END_DESC');
    expect(result.current.editor.params.get('sort')).toBe('END_DESC');
  });

  it('replaces the history entry instead of adding one (Back leaves the page, not the filter)', () => {
    const { result } = renderAt('/?kind=LEASE');
    expect(result.current.navigation).toBe('POP');
    act(() => result.current.editor.update({ status: 'ACTIVE' }));
    expect(result.current.navigation).toBe('REPLACE');
  });
});
