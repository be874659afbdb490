import { create } from 'zustand';

/** Which saved prompt the Library page shows; other pages set it to open a prompt there. */
export const useLibrarySelection = create<{ selectedId: number | null; select(id: number | null): void }>((set) => ({
  selectedId: null,
  select: (selectedId) => set({ selectedId }),
}));
