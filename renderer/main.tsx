// Renderer entry: mounts the application shell into #root.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { takeTokenFromLocation, transportKind } from './api';
import { LinkHandoff } from './features/links/LinkHandoff';
import { isOpenRoute, passageLinkFromLocation } from './features/links/web-open-route';
import './styles/app.css';

// A browser tab opened at the web host's /open route without the access token (from a link in
// a document) cannot use the API: it hands the link to the Glossa tab that can.
const handoff = transportKind() === 'web' && isOpenRoute(window.location) && !takeTokenFromLocation();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {handoff ? <LinkHandoff link={passageLinkFromLocation(window.location)} /> : <App />}
  </StrictMode>,
);
