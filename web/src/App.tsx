import { Center, Loader } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { useMe } from './api/queries';
import { Layout } from './components/Layout';
import { ErrorState } from './components/ErrorState';
import { ErrorBoundary } from './components/ErrorBoundary';
import { SignInPage } from './pages/SignInPage';
import { ApiError } from './api/client';

// Each page is its own chunk: the sign-in page loads without the tree, charts or import code.
const HomePage = lazy(() => import('./pages/HomePage'));
const TreePage = lazy(() => import('./pages/TreePage'));
const UnitPage = lazy(() => import('./pages/UnitPage'));
const MemberPage = lazy(() => import('./pages/MemberPage'));
const MembersPage = lazy(() => import('./pages/MembersPage'));
const DashboardPage = lazy(() => import('./pages/DashboardPage'));
const ImportPage = lazy(() => import('./pages/ImportPage'));
const OrgsPage = lazy(() => import('./pages/OrgsPage'));
const CuttingPage = lazy(() => import('./pages/CuttingPage'));
const CasesPage = lazy(() => import('./pages/CasesPage'));
const CasePage = lazy(() => import('./pages/CasePage'));
const TransfersPage = lazy(() => import('./pages/TransfersPage'));
const CaseReportPage = lazy(() => import('./pages/CaseReportPage'));
const MeetingPage = lazy(() => import('./pages/MeetingPage'));
const CompliancePage = lazy(() => import('./pages/CompliancePage'));
const ConventionsPage = lazy(() => import('./pages/ConventionsPage'));
const ConventionPage = lazy(() => import('./pages/ConventionPage'));
const BadgesPage = lazy(() => import('./pages/BadgesPage'));
const CheckInPage = lazy(() => import('./pages/CheckInPage'));
const MotionPage = lazy(() => import('./pages/MotionPage'));
const CalendarPage = lazy(() => import('./pages/CalendarPage'));
const CoursesPage = lazy(() => import('./pages/CoursesPage'));
const CoursePage = lazy(() => import('./pages/CoursePage'));
const ClassPage = lazy(() => import('./pages/ClassPage'));
const LessonsPage = lazy(() => import('./pages/LessonsPage'));
const CertificatePage = lazy(() => import('./pages/CertificatePage'));
const TrainingReportPage = lazy(() => import('./pages/TrainingReportPage'));

export function Loading() {
  return (
    <Center p="xl" role="status" aria-live="polite">
      <Loader aria-label="Loading" />
    </Center>
  );
}

export function App() {
  const location = useLocation();
  const me = useMe();
  if (location.pathname === '/login' || location.pathname === '/set-password') return <SignInPage />;
  if (me.isPending) return <Loading />;
  if (me.error) {
    if (me.error instanceof ApiError && me.error.status === 401) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
    return <ErrorState error={me.error} />;
  }
  return (
    <Layout me={me.data}>
      <ErrorBoundary resetKey={location.pathname}>
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route path="/" element={<OrgsPage />} />
          <Route path="/orgs/:org" element={<HomePage />} />
          <Route path="/orgs/:org/tree" element={<TreePage />} />
          <Route path="/orgs/:org/units/:unitId" element={<UnitPage />} />
          <Route path="/orgs/:org/members" element={<MembersPage />} />
          <Route path="/orgs/:org/members/:memberId" element={<MemberPage />} />
          <Route path="/orgs/:org/dashboard" element={<DashboardPage />} />
          <Route path="/orgs/:org/import" element={<ImportPage />} />
          <Route path="/orgs/:org/cases" element={<CasesPage />} />
          <Route path="/orgs/:org/cases/:caseId" element={<CasePage />} />
          <Route path="/orgs/:org/transfers" element={<TransfersPage />} />
          <Route path="/orgs/:org/reports/cases" element={<CaseReportPage />} />
          <Route path="/orgs/:org/meetings/compliance" element={<CompliancePage />} />
          <Route path="/orgs/:org/meetings/:meetingId" element={<MeetingPage />} />
          <Route path="/orgs/:org/conventions" element={<ConventionsPage />} />
          <Route path="/orgs/:org/conventions/:conventionId" element={<ConventionPage />} />
          <Route path="/orgs/:org/conventions/:conventionId/badges" element={<BadgesPage />} />
          <Route path="/orgs/:org/conventions/:conventionId/sessions/:sessionId/check-in" element={<CheckInPage />} />
          <Route path="/orgs/:org/motions/:motionId" element={<MotionPage />} />
          <Route path="/orgs/:org/calendar" element={<CalendarPage />} />
          <Route path="/orgs/:org/courses" element={<CoursesPage />} />
          <Route path="/orgs/:org/courses/:courseId" element={<CoursePage />} />
          <Route path="/orgs/:org/classes/:classId" element={<ClassPage />} />
          <Route path="/orgs/:org/lessons" element={<LessonsPage />} />
          <Route path="/orgs/:org/certificates/:certificateId" element={<CertificatePage />} />
          <Route path="/orgs/:org/reports/training" element={<TrainingReportPage />} />
          <Route path="/cutting" element={<CuttingPage />} />
          <Route path="*" element={<ErrorState notFound />} />
        </Routes>
      </Suspense>
      </ErrorBoundary>
    </Layout>
  );
}
