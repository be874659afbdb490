// A handful of 16px line icons (inline SVG: no icon font, nothing fetched, crisp at any scale).
const PATHS = {
  enhance: 'M8 1.5l1.6 3.9 3.9 1.6-3.9 1.6L8 12.5 6.4 8.6 2.5 7l3.9-1.6zM13 11l.7 1.3 1.3.7-1.3.7L13 15l-.7-1.3-1.3-.7 1.3-.7z',
  history: 'M8 2.5a5.5 5.5 0 1 1-5.2 3.7M2.5 2.5v3.2h3.2M8 5v3.2l2.2 1.4',
  library: 'M3 2.5h4v11H3zM7 2.5h3v11H7zM10.5 3.2l2.6-.6 2 10.7-2.6.6z',
  lab: 'M6 1.8h4M6.6 2v4.2L2.8 12.6a1 1 0 0 0 .9 1.6h8.6a1 1 0 0 0 .9-1.6L9.4 6.2V2M4.5 10h7',
  settings: 'M8 5.5a2.5 2.5 0 1 0 0 5 2.5 2.5 0 0 0 0-5zM8 1.5v2M8 12.5v2M1.5 8h2M12.5 8h2M3.4 3.4l1.4 1.4M11.2 11.2l1.4 1.4M3.4 12.6l1.4-1.4M11.2 4.8l1.4-1.4',
  copy: 'M5.5 5.5h8v8h-8zM10.5 5.5v-3h-8v8h3',
  check: 'M3 8.5l3 3 7-7',
  star: 'M8 1.8l1.9 3.9 4.3.6-3.1 3 .7 4.3L8 11.6l-3.8 2 .7-4.3-3.1-3 4.3-.6z',
  trash: 'M2.5 4h11M6 4V2.5h4V4M4 4l.7 9.5h6.6L12 4M6.8 6.5v5M9.2 6.5v5',
  rerun: 'M13.5 8a5.5 5.5 0 1 1-1.6-3.9M13.5 2.5v3h-3',
  up: 'M5 14V7M5 7l3-5.5c1.2 0 1.8.8 1.5 2L9 6h4a1 1 0 0 1 1 1.2l-1 5.6a1.4 1.4 0 0 1-1.4 1.2H5M2 7h3v7H2z',
  down: 'M5 2v7M5 9l3 5.5c1.2 0 1.8-.8 1.5-2L9 10h4a1 1 0 0 0 1-1.2l-1-5.6A1.4 1.4 0 0 0 11.6 2H5M2 2h3v7H2z',
  save: 'M3 2.5h8l2.5 2.5v8.5h-10.5zM5 2.5v3.5h5V2.5M5 13.5V9.5h6v4',
  keyboard: 'M1.5 4h13v8h-13zM4 6.5h1M7 6.5h1M10 6.5h1M4 9.5h8',
  close: 'M4 4l8 8M12 4l-8 8',
  upload: 'M8 10.5V2.5M4.8 5.5L8 2.3l3.2 3.2M2.5 10.5v3h11v-3',
  download: 'M8 2.5v8M4.8 7.5L8 10.7l3.2-3.2M2.5 10.5v3h11v-3',
  plus: 'M8 3v10M3 8h10',
  open: 'M9.5 2.5h4v4M13.5 2.5L7.5 8.5M12 9.5v4H2.5V4h4',
  search: 'M7 2.5a4.5 4.5 0 1 1 0 9 4.5 4.5 0 0 1 0-9zM10.3 10.3l3.2 3.2',
  edit: 'M10.5 2.5l3 3-8 8h-3v-3z',
} as const;
export type IconName = keyof typeof PATHS;

export function Icon({ name, size = 16, filled = false }: { name: IconName; size?: number; filled?: boolean }) {
  return (
    <svg className="icon" width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill={filled ? 'currentColor' : 'none'} stroke="currentColor" strokeWidth="1.3" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
