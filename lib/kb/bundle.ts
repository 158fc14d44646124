/**
 * The knowledge base as shipped: the JSON in data/, one import per file.
 * A new models file is added here (kb:check fails when one is missing).
 */
import eras from '../../data/eras.json';
import architectures from '../../data/architectures.json';
import concepts from '../../data/concepts.json';
import gan from '../../data/models/gan.json';
import autoregressive from '../../data/models/autoregressive.json';
import diffusion from '../../data/models/diffusion.json';
import hybridOpen from '../../data/models/hybrid-open.json';
import products from '../../data/models/products.json';
import frontier from '../../data/models/frontier.json';
import image from '../../data/models/image.json';
import type { Architecture, Concept, Era, Model } from './types';
import { joinSources, type KbSources } from './validate';

/** The bundled sources, each with the file it came from. */
export const BUNDLED_SOURCES: KbSources = {
  eras: { file: 'data/eras.json', entries: eras as Era[] },
  architectures: { file: 'data/architectures.json', entries: architectures as Architecture[] },
  concepts: { file: 'data/concepts.json', entries: concepts as Concept[] },
  models: [
    { file: 'data/models/gan.json', entries: gan as Model[] },
    { file: 'data/models/autoregressive.json', entries: autoregressive as Model[] },
    { file: 'data/models/diffusion.json', entries: diffusion as Model[] },
    { file: 'data/models/hybrid-open.json', entries: hybridOpen as Model[] },
    { file: 'data/models/products.json', entries: products as Model[] },
    { file: 'data/models/frontier.json', entries: frontier as Model[] },
    { file: 'data/models/image.json', entries: image as Model[] },
  ],
};

/** The bundled knowledge base, joined. */
export const BUNDLED_KB = joinSources(BUNDLED_SOURCES);
