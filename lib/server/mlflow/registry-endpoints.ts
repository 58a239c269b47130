import "server-only";
import * as m from "@/lib/mlflow/messages";
import { parseMessage } from "@/lib/mlflow/messages";
import {
  createModelVersion,
  deleteModelVersion,
  getDownloadUri,
  getLatestVersions,
  readModelVersion,
  transitionStage,
  updateModelVersion,
} from "./model-versions";
import {
  createRegisteredModel,
  deleteRegisteredModel,
  readRegisteredModel,
  renameRegisteredModel,
  updateRegisteredModel,
} from "./registered-models";
import { READ_PERMISSION, type MlflowEndpoint, type MlflowEndpoints } from "./router";
import { searchModelVersions, searchRegisteredModels } from "./search";
import {
  deleteModelVersionTag,
  deleteRegisteredModelAlias,
  deleteRegisteredModelTag,
  getModelVersionByAlias,
  setModelVersionTag,
  setRegisteredModelAlias,
  setRegisteredModelTag,
} from "./tags-and-aliases";

const read = (run: MlflowEndpoint["run"]): MlflowEndpoint => ({ permission: READ_PERMISSION, run });

/**
 * The Model Registry service of MLflow's model_registry.proto: each path and method as its `rpc`
 * options give them, the permission our API asks for the same change, and the translator that runs it.
 */
export const REGISTRY_ENDPOINTS: MlflowEndpoints = {
  "registered-models/create": {
    POST: {
      permission: "models.write",
      run: (p, input) => createRegisteredModel(p, parseMessage(m.createRegisteredModelMessage, input)),
    },
  },
  "registered-models/get": {
    GET: read((_p, input) => readRegisteredModel(parseMessage(m.registeredModelMessage, input).name)),
  },
  "registered-models/update": {
    PATCH: {
      permission: "models.write",
      run: (p, input) => updateRegisteredModel(p, parseMessage(m.updateRegisteredModelMessage, input)),
    },
  },
  "registered-models/rename": {
    POST: {
      permission: "models.write",
      run: (p, input) => renameRegisteredModel(p, parseMessage(m.renameRegisteredModelMessage, input)),
    },
  },
  "registered-models/delete": {
    DELETE: {
      permission: "models.write",
      run: (p, input) => deleteRegisteredModel(p, parseMessage(m.registeredModelMessage, input).name),
    },
  },
  "registered-models/search": {
    GET: read((_p, input) => searchRegisteredModels(parseMessage(m.searchMessage, input))),
  },
  "registered-models/get-latest-versions": {
    POST: read((_p, input) => getLatestVersions(parseMessage(m.getLatestVersionsMessage, input))),
    GET: read((_p, input) => getLatestVersions(parseMessage(m.getLatestVersionsMessage, input))),
  },
  "registered-models/set-tag": {
    POST: {
      permission: "models.write",
      run: (p, input) => {
        const { name, key, value } = parseMessage(m.setRegisteredModelTagMessage, input);
        return setRegisteredModelTag(p, name, key, value);
      },
    },
  },
  "registered-models/delete-tag": {
    DELETE: {
      permission: "models.write",
      run: (p, input) => {
        const { name, key } = parseMessage(m.deleteRegisteredModelTagMessage, input);
        return deleteRegisteredModelTag(p, name, key);
      },
    },
  },
  "registered-models/alias": {
    POST: {
      permission: "models.write",
      run: (p, input) => {
        const { name, alias, version } = parseMessage(m.setAliasMessage, input);
        return setRegisteredModelAlias(p, name, alias, version);
      },
    },
    DELETE: {
      permission: "models.write",
      run: (p, input) => {
        const { name, alias } = parseMessage(m.aliasMessage, input);
        return deleteRegisteredModelAlias(p, name, alias);
      },
    },
    GET: read((_p, input) => {
      const { name, alias } = parseMessage(m.aliasMessage, input);
      return getModelVersionByAlias(name, alias);
    }),
  },
  "model-versions/create": {
    POST: {
      permission: "versions.write",
      run: (p, input) => createModelVersion(p, parseMessage(m.createModelVersionMessage, input)),
    },
  },
  "model-versions/get": {
    GET: read((_p, input) => {
      const { name, version } = parseMessage(m.modelVersionMessage, input);
      return readModelVersion(name, version);
    }),
  },
  "model-versions/update": {
    PATCH: {
      permission: "versions.write",
      run: (p, input) => updateModelVersion(p, parseMessage(m.updateModelVersionMessage, input)),
    },
  },
  "model-versions/delete": {
    DELETE: {
      permission: "versions.write",
      run: (p, input) => {
        const { name, version } = parseMessage(m.modelVersionMessage, input);
        return deleteModelVersion(p, name, version);
      },
    },
  },
  "model-versions/search": {
    GET: read((_p, input) => searchModelVersions(parseMessage(m.searchMessage, input))),
  },
  "model-versions/get-download-uri": {
    GET: read((_p, input) => {
      const { name, version } = parseMessage(m.modelVersionMessage, input);
      return getDownloadUri(name, version);
    }),
  },
  "model-versions/transition-stage": {
    POST: {
      permission: "versions.promote",
      run: (p, input) => transitionStage(p, parseMessage(m.transitionStageMessage, input)),
    },
  },
  "model-versions/set-tag": {
    POST: {
      permission: "versions.write",
      run: (p, input) => {
        const { name, version, key, value } = parseMessage(m.setModelVersionTagMessage, input);
        return setModelVersionTag(p, name, version, key, value);
      },
    },
  },
  "model-versions/delete-tag": {
    DELETE: {
      permission: "versions.write",
      run: (p, input) => {
        const { name, version, key } = parseMessage(m.deleteModelVersionTagMessage, input);
        return deleteModelVersionTag(p, name, version, key);
      },
    },
  },
};
