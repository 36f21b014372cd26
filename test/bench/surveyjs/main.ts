import { Model } from 'survey-core';
import 'survey-core/survey-core.min.css';
import { Survey } from 'survey-react-ui';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

/**
 * The peer for the web budget: SurveyJS 3 with its React UI showing a survey the size of the
 * largest checklist. The survey comes over the network (`survey.json`, written by the bench),
 * as Dabiao's form page fetches its checklist, so neither page carries its form in its code.
 */
void fetch('./survey.json')
  .then((r) => r.json())
  .then((json: object) => {
    const model = new Model(json);
    createRoot(document.getElementById('root')!).render(createElement(Survey, { model }));
  });
