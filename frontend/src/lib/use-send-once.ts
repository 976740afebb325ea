import { useEffect, useRef } from 'react';

/**
 * Sends what a link carries on arrival (an answer, a token), once: the link works once,
 * and strict mode mounts pages twice in development. Nothing is sent while `value` is empty.
 */
export function useSendOnce<V>(send: (value: V) => void, value: V | null | undefined) {
  const sent = useRef(false);
  useEffect(() => {
    if (sent.current || !value) return;
    sent.current = true;
    send(value);
  }, [send, value]);
}
