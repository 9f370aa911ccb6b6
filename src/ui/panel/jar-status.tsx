/**
 * With site access, one line on what the jar read covered (issue #13): the hosts read, how many cookies
 * came from the jar or differ from the headers, what access would add. It words the jar join's summary,
 * so it comes with the join, in the panel's lazy chunk (later-parts.ts, issue #16).
 */
import type { JarJoinSummary } from '../../core/analysis/jar-join';
import { truncate } from '../kit/display-text';

export function JarStatus({ summary }: { summary: JarJoinSummary }) {
  const unread = summary.unreadHosts.length;
  return (
    <div class="jar-status" role="status" data-testid="jar-status">
      Reading the browser’s jar for {truncate(summary.readHosts.join(', '), 200)}: {summary.fromJar} cookie
      {summary.fromJar === 1 ? '' : 's'} from the jar
      {summary.disagreements > 0 ? `, ${summary.disagreements} that differ from the headers` : ''}
      {unread > 0 ? `. Not readable without access: ${truncate(summary.unreadHosts.join(', '), 200)}` : ''}
      {summary.dropped > 0 ? `. ${summary.dropped} cookies left out (limit)` : ''}.
    </div>
  );
}
