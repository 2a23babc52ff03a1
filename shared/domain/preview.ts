// A small image of a page stored at import (table page_previews), shown by the reader the
// moment a document is opened while pdf.js renders the real page (renderer/features/reader/
// page-preview.ts). Plain data: it crosses IPC and the HTTP bridge.
export type PreviewMime = 'image/webp' | 'image/jpeg' | 'image/png';

export interface PagePreview {
  /** 0-based page the image shows. */
  pageIndex: number;
  /** The page's size in PDF points (rotation applied): the reader lays the page out from it. */
  widthPt: number;
  heightPt: number;
  /** Image size in pixels. */
  width: number;
  height: number;
  mime: PreviewMime;
  bytes: Uint8Array;
}
