// A room whose contract nobody has revealed: the page shows it only inside an opened room. Unknown is
// not "no contract": the user answers in one click (the same tag as the ⋯ menu's Contract choice),
// and near 7 days of waiting the row says what is at stake if it is on one.
import { t } from '@/utils/text/i18n';
import type { UserCommand } from '@/utils/protocol/messages';
import { MINUTE } from '@/utils/model/time';
import type { WindowLengths } from '@/utils/model/types';
import { sevenDayRisk } from '@/utils/rules/answer-next';
import type { AwaitingRoom } from '@/utils/rules/reply-windows';
import { useTimeText } from './clock';
import { TimeLine } from './Duration';
import { ifOnContract, joinParts, splitParts } from './room-text';

export interface ContractQuestionProps {
  room: AwaitingRoom;
  lengths: WindowLengths;
  send: (cmd: UserCommand) => void;
}

/** Its own component, so that only it follows the clock. */
function RiskText({ risk }: { risk: number }) {
  const text = useTimeText(
    (now) => joinParts(ifOnContract(risk, now)),
    (now) => Math.floor((risk - now) / MINUTE),
  );
  return <TimeLine parts={splitParts(text)} />;
}

export function ContractQuestion({ room, lengths, send }: ContractQuestionProps) {
  const { roomId, name } = room.thread;
  // The popup's snapshot is rebuilt when a room enters or leaves the risk (nextRiskAt), so now is enough here.
  const risk = sevenDayRisk(room, Date.now(), lengths);
  const answer = (tag: 'active' | 'none') => send({ type: 'user:contract', roomId, tag });
  return (
    <div class="room-contract" role="group" aria-label={t('rowContractAria', name || t('thisClient'))}>
      {risk !== null && (
        <p class="room-if" data-testid="if-contract">
          <RiskText risk={risk} />
        </p>
      )}
      <span>{t('rowContractUnknown')}</span>
      <button type="button" onClick={() => answer('active')}>
        {t('rowOnContract')}
      </button>
      <button type="button" onClick={() => answer('none')}>
        {t('rowNoContract')}
      </button>
    </div>
  );
}
