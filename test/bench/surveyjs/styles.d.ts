/** SurveyJS's stylesheet, imported for its side effect (Vite bundles it as the page's CSS). */
declare module 'survey-core/survey-core.min.css';
