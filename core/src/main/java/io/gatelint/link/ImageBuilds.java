/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.link;

import io.gatelint.model.Chain;
import io.gatelint.model.Container;
import io.gatelint.model.DockerBuild;
import io.gatelint.model.EcsLoadBalancer;
import io.gatelint.model.Model;
import io.gatelint.model.Resource;
import io.gatelint.model.TaskDefinition;
import io.gatelint.model.Value;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A container image as evidence for which app a container runs: the repository name of the ECS task
 * definition's {@code Image} ({@code ${Repo}/orders:latest}, {@code
 * 123456789012.dkr.ecr.eu-west-1.amazonaws.com/orders}, Terraform's {@code
 * ${aws_ecr_repository.orders.repository_url}:latest}) names the folder of the Dockerfile that
 * builds it, and that folder holds the app the container runs. A Dockerfile's folder is its build
 * context, as {@code docker build .} beside it uses it.
 */
final class ImageBuilds {

  private ImageBuilds() {}

  /**
   * What an image says about the candidates.
   *
   * @param candidates the candidates inside the matching build contexts (empty: none there)
   * @param builds the Dockerfiles the image names
   * @param evidence the image and Dockerfile(s), as the explanation names them
   */
  record Match(List<Resource> candidates, List<DockerBuild> builds, String evidence) {}

  private static final Pattern ECR_RESOURCE =
      Pattern.compile("aws_ecr_repository\\.([A-Za-z0-9_-]+)\\.repository_url");

  /**
   * The candidates the chain's container image points at, or null when no image of the chain's ECS
   * service names a folder holding a Dockerfile (the image is then no evidence).
   */
  static Match match(Model model, Chain chain, List<Resource> all) {
    if (chain.getEcsService() == null || model.getDockerBuilds().isEmpty()) return null;
    Set<String> repos = new LinkedHashSet<>();
    for (Container c : containers(model, chain)) {
      String repo = repository(c.getImage());
      if (repo != null) repos.add(repo);
    }
    List<DockerBuild> builds = new ArrayList<>();
    String repo = null;
    for (String r : repos) {
      for (DockerBuild b : model.getDockerBuilds()) {
        if (!b.folder().isEmpty() && name(b.folder()).equalsIgnoreCase(r)) {
          builds.add(b);
          repo = r;
        }
      }
    }
    if (builds.isEmpty()) return null;
    // a Dockerfile of the same name in another project is no evidence: only those at least as near
    // the registrar as the nearest server on the port count (a monorepo's projects share names)
    String anchor = Proximity.anchor(model, chain);
    int nearestServer =
        all.stream().mapToInt(c -> Proximity.closeness(anchor, Proximity.file(c))).max().orElse(0);
    builds = Proximity.nearest(anchor, builds, DockerBuild::dockerfile);
    if (Proximity.closeness(anchor, builds.get(0).dockerfile()) < nearestServer) return null;
    List<Resource> inside = new ArrayList<>();
    List<Resource> entry = new ArrayList<>();
    for (Resource c : all) {
      String file = Proximity.file(c);
      for (DockerBuild b : builds) {
        if (!file.startsWith(b.folder() + "/")) continue;
        inside.add(c);
        if (file.equals(b.runsFile())) entry.add(c);
        break;
      }
    }
    List<String> named = new ArrayList<>();
    for (DockerBuild b : builds) {
      named.add(b.dockerfile() + (b.runs().isEmpty() ? "" : ", which runs " + b.runs()));
    }
    return new Match(
        entry.isEmpty() ? inside : entry,
        builds,
        "image " + repo + " matches " + String.join(" and ", named));
  }

  /** The registered container(s) of the chain's ECS service: the named one, else all. */
  private static List<Container> containers(Model model, Chain chain) {
    List<Container> out = new ArrayList<>();
    Value<Object> td = chain.getEcsService().getTaskDefinition();
    if (td == null) return out;
    Set<String> names = new LinkedHashSet<>();
    for (EcsLoadBalancer reg : chain.getEcsService().getLoadBalancers()) {
      if (reg.getContainerName() != null && reg.getContainerName().isKnown()) {
        names.add(reg.getContainerName().text());
      }
    }
    for (TaskDefinition t : model.resolve(td, TaskDefinition.class)) {
      for (Container c : t.getContainers()) {
        boolean registered =
            c.getName() != null && c.getName().isKnown() && names.contains(c.getName().text());
        if (registered) out.add(c);
      }
      if (out.isEmpty()) out.addAll(t.getContainers());
    }
    return out;
  }

  /**
   * The repository name of an image reference: the last path segment without tag or digest; a
   * Terraform ECR repository's URL gives the repository resource's name. Null when unknown.
   */
  static String repository(Value<Object> image) {
    if (image == null) return null;
    String text =
        image.isKnown()
            ? String.valueOf(image.raw())
            : image.origin().note() + " " + image.display();
    Matcher ecr = ECR_RESOURCE.matcher(text);
    if (ecr.find()) return ecr.group(1);
    if (!image.isKnown()) return null;
    String ref = text.strip();
    // an official or public gallery image (nginx, public.ecr.aws/docker/library/nginx) is pulled,
    // not built from the repository: its name says nothing about a folder
    if (!ref.contains("/")
        || ref.startsWith("public.ecr.aws/")
        || ref.startsWith("docker.io/library/")
        || ref.startsWith("library/")) {
      return null;
    }
    int at = ref.indexOf('@');
    if (at >= 0) ref = ref.substring(0, at);
    int slash = ref.lastIndexOf('/');
    int colon = ref.lastIndexOf(':');
    if (colon > slash) ref = ref.substring(0, colon);
    String last = ref.substring(slash + 1);
    // a name still holding a substitution (${Service}) names no folder
    if (last.isEmpty() || !last.matches("[A-Za-z0-9._-]+")) return null;
    return last.toLowerCase(Locale.ROOT);
  }

  private static String name(String folder) {
    return folder.substring(folder.lastIndexOf('/') + 1);
  }
}
