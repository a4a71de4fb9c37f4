import { useEffect, useState } from 'react';

type Size = { width: number; height: number };
const current = (): Size => ({ width: window.innerWidth, height: window.innerHeight });

export function useViewportSize(): Size {
  const [size, setSize] = useState(current);
  useEffect(() => {
    const handleResize = () => setSize(current());
    window.addEventListener('resize', handleResize);
    return () => window.removeEventListener('resize', handleResize);
  }, []);
  return size;
}
