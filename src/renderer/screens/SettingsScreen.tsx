import { useTranslation } from 'react-i18next';
import { PageTitle } from '../components/PageTitle';
import { AboutSection } from './settings/AboutSection';
import { BackupSection } from './settings/BackupSection';
import { LanguageSection } from './settings/LanguageSection';
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

export function SettingsScreen() {
  const { t } = useTranslation();
  return (
    <div className="screen settings-screen">
      <div className="screen-head">
        <PageTitle title={t('settings.title')} />
      </div>
      <LanguageSection />
      <LevelsSection />
      <RolesSection />
      <OwnershipSettingsSection />
      <StagesSection />
      <RolloutSettingsSection />
      <TrainingTypesSection />
      <SupportSlaSection />
      <SupportVendorSection />
      <SupportProblemsSection />
      <FeedbackSettingsSection />
      <TeamServerSection />
      <AboutSection />
      <BackupSection />
    </div>
  );
}
