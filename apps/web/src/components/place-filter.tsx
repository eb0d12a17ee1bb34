import { usePickers } from './pickers';

export type PlaceFilterProps = {
  label: string;
  /** The place's id, as the URL holds it. */
  value: string | null;
  onChange: (placeId: string | null) => void;
  w: number;
};

/** A list filter on a place (and the places within it), chosen by name. */
export function PlaceFilter({ label, value, onChange, w }: PlaceFilterProps) {
  const { PlacePicker } = usePickers();
  return (
    <PlacePicker
      label={label}
      value={value ? { id: value } : null}
      onChange={(place) => onChange(place?.id ?? null)}
      w={w}
    />
  );
}
