/** The size (px) of a frame the maps and charts are laid out in. */
export interface Size {
  width: number;
  height: number;
}
