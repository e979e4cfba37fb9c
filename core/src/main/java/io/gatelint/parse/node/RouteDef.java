package io.gatelint.parse.node;

import io.gatelint.model.Location;

/** A route as declared, before mount prefixes are applied. */
record RouteDef(String method, Location methodAt, String path, Location pathAt) {}
