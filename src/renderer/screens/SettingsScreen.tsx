import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../components/PageTitle';
import { isSettingsPart, SETTINGS_PARTS, settingsHref, useRoutePart, type SettingsPart } from '../lib/navigation';
import { AboutSection } from './settings/AboutSection';
import { BackupSection } from './settings/BackupSection';
import { LanguageSection } from './settings/LanguageSection';
import { OrganizationSection } from './settings/OrganizationSection';
import { TeamServerSection } from './settings/TeamServerSection';
import { LevelsSection } from './settings/LevelsSection';
import { OwnershipSettingsSection } from './settings/OwnershipSettingsSection';
import { RolesSection } from './settings/RolesSection';
import { StagesSection } from './settings/StagesSection';
import { SupportProblemsSection } from './settings/SupportProblemsSection';
import { SupportSlaSection } from './settings/SupportSlaSection';
import { SupportVendorSection } from './settings/SupportVendorSection';
import { RolloutSettingsSection } from './rollout/RolloutSettingsSection';
import { TrainingTypesSection } from './training/TrainingTypesSection';
import { FeedbackSettingsSection } from './feedback/FeedbackSettingsSection';
import { LinkHostsSection } from './settings/LinkHostsSection';
import { UsageTargetsSection } from './usage/UsageTargetsSection';

// Settings is split into parts with their own addresses (#/settings/support), so each
// part is a short page and a link or the back button lands on the part it means.
const PARTS = {
  general: () => (
    <>
      <LanguageSection />
      <OrganizationSection />
      <TeamServerSection />
      <LinkHostsSection />
      <AboutSection />
    </>
  ),
  organization: () => (
    <>
      <LevelsSection />
      <RolesSection />
      <OwnershipSettingsSection />
    </>
  ),
  rollout: () => (
    <>
      <StagesSection />
      <RolloutSettingsSection />
      <TrainingTypesSection />
      <FeedbackSettingsSection />
      <UsageTargetsSection />
    </>
  ),
  support: () => (
    <>
      <SupportSlaSection />
      <SupportVendorSection />
      <SupportProblemsSection />
    </>
  ),
  backup: () => <BackupSection />,
} satisfies Record<SettingsPart, () => ReactNode>;

export function SettingsScreen() {
  const { t } = useTranslation();
  const asked = useRoutePart();
  const part: SettingsPart = isSettingsPart(asked) ? asked : 'general';
  return (
    <div className="screen settings-screen">
      <div className="screen-head">
        <PageTitle title={t('settings.title')} />
      </div>
      <div className="settings-layout">
        <nav aria-label={t('settings.partsNav')} className="sub-nav">
          <ul>
            {SETTINGS_PARTS.map((name) => (
              <li key={name}>
                <a href={settingsHref(name)} aria-current={name === part ? 'page' : undefined}>
                  {t(`settings.parts.${name}`)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="settings-part">{PARTS[part]()}</div>
      </div>
    </div>
  );
}
