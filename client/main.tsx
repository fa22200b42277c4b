/** Entry point: styles, then the app into #root. */
import './app/zod-config';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './styles/tokens.css';
import './styles/base.css';
import './styles/controls.css';
import './styles/feedback.css';
import './styles/dialog.css';
import './styles/chips.css';
import './styles/layout.css';
import './styles/documents.css';
import './styles/workspace.css';
import './styles/doc-header.css';
import './styles/editor.css';
import './styles/presence.css';
import './styles/participants.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(<App />);
