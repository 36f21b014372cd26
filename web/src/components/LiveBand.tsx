import { useI18n } from '../i18n/i18n-context';
import type { BandReading } from '../lib/band-reading';

/**
 * A live score's band in words: nothing on a blank draft (尚未填写), the band marked 暂定 with
 * the count still to fill while answers are missing, the band alone once complete or handed in.
 * The provisional note sits under the band so it shows on a phone too, where the panel is a bar;
 * plain elements styled by score-panel.css (loaded with the entry), as the panel around it.
 * Inside a live region, a change of band is announced and the note is not.
 */
export function LiveBand({ reading }: { reading: BandReading }) {
  const { t, l } = useI18n();
  if (reading.kind === 'blank') return <span data-band-reading="blank">{t('score.bandBlank')}</span>;
  const label = reading.band ? l(reading.band.label) : '—';
  if (reading.kind === 'settled') return <span data-band-reading="settled">{label}</span>;
  return (
    <span data-band-reading="provisional">
      {label}
      {/* Both score bars hold the band in a polite live region; the count in this note changes with
          every answer, so announced it would repeat at each keystroke. Only the band is news: the
          note stays readable where the reader reaches it, but is not announced. */}
      <span className="score-panel-caption live-band-note" aria-live="off">
        {t('score.bandProvisional', { n: reading.toFill })}
      </span>
    </span>
  );
}
