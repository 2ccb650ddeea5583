import React, {useEffect, useRef, useState, type ReactNode} from 'react';
import {useHistory, useLocation} from '@docusaurus/router';
import {PAGE_RESULT_LIMIT} from '@site/src/lib/search/results';
import HitList from './HitList';
import {usePagefind} from './usePagefind';
import styles from './styles.module.css';

/** The search page: the query lives in `?q=`, so results can be linked and survive Back. */
export default function SearchPage(): ReactNode {
  const location = useLocation();
  const history = useHistory();
  // The page is prerendered without a query, so the first render has none too
  // (server and browser agree); the query from ?q= arrives once the page is live.
  const [text, setText] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const {state, search, preload} = usePagefind(PAGE_RESULT_LIMIT);

  const onChange = (value: string): void => {
    setText(value);
    search(value);
    const params = new URLSearchParams(location.search);
    if (value.trim() === '') params.delete('q');
    else params.set('q', value);
    const query = params.toString();
    history.replace({search: query === '' ? '' : `?${query}`});
  };

  useEffect(() => {
    preload();
    // Words typed before the page came to life win over the link's query.
    const typed = input.current?.value ?? '';
    const start = typed !== '' ? typed : (new URLSearchParams(location.search).get('q') ?? '');
    if (start === '') return;
    if (typed !== '') onChange(typed);
    else {
      setText(start);
      search(start);
    }
    // Only the first render reads the URL; typing updates it below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <div className={styles.page}>
      <h1>Search the guide</h1>
      <form role="search" aria-label="Search page" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor="search-page-input" className={styles.pageLabel}>
          Words to find in articles and tools
        </label>
        <input
          id="search-page-input"
          ref={input}
          type="search"
          className={styles.pageInput}
          value={text}
          onChange={(event) => onChange(event.target.value)}
          autoComplete="off"
        />
      </form>
      <p className={styles.status} aria-live="polite">
        {state.status === 'unavailable'
          ? 'Search is not available here. It works on the built site (npm run build, then npm run serve).'
          : state.status === 'loading'
            ? 'Searching…'
            : state.status === 'done'
              ? state.total === 0
                ? `No pages match “${state.query}”. Try fewer or shorter words.`
                : `${state.total} ${state.total === 1 ? 'page matches' : 'pages match'} “${state.query}”${state.total > state.hits.length ? `; the first ${state.hits.length} are shown` : ''}.`
              : 'Type a word or two. Search runs in your browser; nothing you type leaves it.'}
      </p>
      {state.hits.length > 0 && <HitList hits={state.hits} sections />}
    </div>
  );
}
