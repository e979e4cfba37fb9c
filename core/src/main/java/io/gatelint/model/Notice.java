/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.model;

/**
 * Something the run could not check, said once at its end: the files linted hold too little for the
 * cross-layer rules (backends without a load balancer, a load balancer whose target groups reach no
 * backend, Terraform sources without a plan, nothing readable at all). Unlike a finding it names no
 * defect in the files, so it never changes the exit code.
 *
 * @param code a stable, kebab-case name for the kind of notice (see {@code facts.Notices})
 * @param message what is missing, naming the files or resources concerned
 * @param fix what to run or configure so that the rules can run
 */
public record Notice(String code, String message, String fix) {}
