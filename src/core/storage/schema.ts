// Kysely table types. Columns are stored as SQLite sees them (JSON as TEXT, booleans as 0/1, dates as ISO text).
import type { Generated } from 'kysely';

export interface HistoryTable {
  id: Generated<number>;
  created_at: string;
  input: string;
  output: string;
  intent: string;
  confidence: number;
  complexity: string;
  techniques: string; // JSON [{id, reason}]
  timings: string; // JSON {stage: ms}
  model_version: string;
  source: string;
  favorite: Generated<number>;
  feedback: string | null;
  deleted_at: string | null;
  // added by 002
  quality: string | null;
  target_model: string | null;
}

export interface LibraryTable {
  id: Generated<number>;
  title: string;
  body: string;
  notes: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface LibraryTagTable {
  library_id: number;
  tag: string;
}

export interface SettingTable {
  key: string;
  value: string; // JSON
}

export interface JobTable {
  id: string;
  kind: string;
  state: string;
  input: string; // JSON
  progress: number;
  message: string;
  result: string | null; // JSON
  error: string | null;
  created_at: string;
  updated_at: string;
}

export interface Database {
  history: HistoryTable;
  library: LibraryTable;
  library_tags: LibraryTagTable;
  settings: SettingTable;
  jobs: JobTable;
}
