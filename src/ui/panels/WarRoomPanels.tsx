// The war room's panels in their grid, and what listens beside them: shared by the solo war room and a
// game day's seat view, which differ only in their header and in who owns the clock.
import { AlertAnnouncer } from './AlertAnnouncer';
import { AlertsPanel } from './AlertsPanel';
import { ChannelPanel } from './ChannelPanel';
import { ClockPanel } from './ClockPanel';
import { RolesBoard } from './RolesBoard';
import { ServicesPanel } from './ServicesPanel';
import { Toasts } from './Toasts';

/** `clockControls`: false where the speed is not the player's to change (a game day's seat). */
export function WarRoomPanels({ clockControls = true }: { clockControls?: boolean }) {
  return (
    <>
      <div className="warroom__grid">
        <div className="warroom__left">
          <ClockPanel controls={clockControls} />
          <AlertsPanel />
        </div>
        <ChannelPanel />
        <div className="warroom__right" role="region" aria-label="Services and roles" tabIndex={0}>
          <ServicesPanel />
          <RolesBoard />
        </div>
      </div>
      <Toasts />
      <AlertAnnouncer />
    </>
  );
}
