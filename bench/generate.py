"""Deterministic inputs for bench/run.sh: a monorepo of N CloudFormation templates, one M-MB
Terraform plan, K nginx configurations with includes and K Node apps; and template-only trees for
the scaling scenario. The same seed and size give the same bytes (test_bench.py holds it), so two
runs, or two machines, lint the same thing.

    python3 bench/generate.py monorepo OUT_DIR [--templates N] [--plan-mb M] [--apps K] [--seed S]
    python3 bench/generate.py templates OUT_DIR COUNT [--seed S]

Each template is a small but complete stack as the fixtures have them (load balancer, HTTPS
listener, target group, ECS service, alarms) with values drawn from the seed, so the linker and
the rules have real work: chains to build, defaults to apply, and some findings to report.
"""

import argparse
import json
import os
import random

TEMPLATE = """AWSTemplateFormatVersion: "2010-09-09"
Description: Service {name}, generated for the benchmark.
Parameters:
  VpcId:
    Type: String
    Default: vpc-{vpc:08x}
  Subnets:
    Type: CommaDelimitedList
    Default: subnet-{sa:04x},subnet-{sb:04x}
Resources:
  AlarmTopic:
    Type: AWS::SNS::Topic
    Properties:
      TopicName: {name}-alarms
  LbSecurityGroup:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: {name} load balancer
      VpcId: !Ref VpcId
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 443
          ToPort: 443
          CidrIp: 0.0.0.0/0
  TaskSecurityGroup:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: {name} tasks
      VpcId: !Ref VpcId
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: {port}
          ToPort: {port}
          SourceSecurityGroupId: !Ref LbSecurityGroup
  Lb:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties:
      Name: {name}
      Subnets: !Ref Subnets
      SecurityGroups: [!Ref LbSecurityGroup]
      LoadBalancerAttributes:
        - Key: idle_timeout.timeout_seconds
          Value: "{idle}"
        - Key: routing.http.drop_invalid_header_fields.enabled
          Value: "{drop}"
  HttpsListener:
    Type: AWS::ElasticLoadBalancingV2::Listener
    Properties:
      LoadBalancerArn: !Ref Lb
      Port: 443
      Protocol: HTTPS
      Certificates:
        - CertificateArn: arn:aws:acm:eu-west-1:123456789012:certificate/{name}
      DefaultActions:
        - Type: forward
          TargetGroupArn: !Ref TargetGroup
  TargetGroup:
    Type: AWS::ElasticLoadBalancingV2::TargetGroup
    Properties:
      VpcId: !Ref VpcId
      TargetType: ip
      Protocol: HTTP
      Port: {port}
      HealthCheckPath: {health}
      HealthCheckIntervalSeconds: {interval}
      HealthCheckTimeoutSeconds: {timeout}
      Matcher:
        HttpCode: "200"
  TaskDefinition:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: {name}
      NetworkMode: awsvpc
      RequiresCompatibilities: [FARGATE]
      Cpu: "512"
      Memory: "1024"
      ContainerDefinitions:
        - Name: app
          Image: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/{name}:latest
          PortMappings:
            - ContainerPort: {port}
  Service:
    Type: AWS::ECS::Service
    DependsOn: HttpsListener
    Properties:
      Cluster: {name}
      LaunchType: FARGATE
      DesiredCount: 2
      TaskDefinition: !Ref TaskDefinition
      HealthCheckGracePeriodSeconds: {grace}
      NetworkConfiguration:
        AwsvpcConfiguration:
          Subnets: !Ref Subnets
          SecurityGroups: [!Ref TaskSecurityGroup]
      LoadBalancers:
        - TargetGroupArn: !Ref TargetGroup
          ContainerName: app
          ContainerPort: {port}
  Target5xxAlarm:
    Type: AWS::CloudWatch::Alarm
    Properties:
      Namespace: AWS/ApplicationELB
      MetricName: HTTPCode_Target_5XX_Count
      Dimensions:
        - Name: LoadBalancer
          Value: !GetAtt Lb.LoadBalancerFullName
      Statistic: Sum
      Period: 60
      EvaluationPeriods: 5
      Threshold: 10
      ComparisonOperator: GreaterThanThreshold
      AlarmActions: [!Ref AlarmTopic]
"""

NGINX_MAIN = """worker_processes auto;

events {{
  worker_connections 1024;
}}

http {{
  keepalive_timeout {keepalive}s;
  include conf.d/*.conf;
}}
"""

NGINX_SITE = """upstream {name}_app {{
  server 127.0.0.1:{port};
  keepalive {conns};
}}

server {{
  listen 80;
  server_name {name}.example.com;

  location = /healthz {{
    access_log off;
    return 200 "ok\\n";
  }}

  location / {{
    proxy_pass http://{name}_app;
    proxy_http_version 1.1;
    proxy_set_header Connection "";
    proxy_set_header Host $host;
    proxy_read_timeout {read}s;
  }}
}}
"""

SERVER_JS = """'use strict';

const express = require('express');

const PORT = {port};
const app = express();
app.use(express.json());

app.get('/healthz', (req, res) => res.send('ok'));
app.get('/{name}/:id', (req, res) => res.json({{ id: req.params.id }}));
app.post('/{name}', (req, res) => res.status(201).json(req.body));

const server = app.listen(PORT, () => console.log(`{name} listening on ${{PORT}}`));
server.keepAliveTimeout = {keepalive};
"""


def _write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def template(rng, name):
    """One CloudFormation template; every value drawn from rng in a fixed order."""
    interval = rng.choice([10, 15, 30])
    return TEMPLATE.format(
        name=name,
        vpc=rng.getrandbits(32),
        sa=rng.getrandbits(16),
        sb=rng.getrandbits(16),
        port=rng.choice([80, 3000, 8080]),
        idle=rng.choice([30, 60, 120, 300]),
        drop=rng.choice(["true", "false"]),
        health=rng.choice(["/healthz", "/health", "/status"]),
        interval=interval,
        timeout=min(interval - 1, rng.choice([5, 10])),
        grace=rng.choice([0, 30, 60]),
    )


def templates(out, count, seed=1):
    """COUNT templates under OUT/stacks/, one folder each."""
    rng = random.Random(seed)
    for i in range(count):
        name = "svc%05d" % i
        _write(os.path.join(out, "stacks", name, "template.yaml"), template(rng, name))


def _plan_resource(kind, name, values):
    return {
        "address": "%s.%s" % (kind, name),
        "mode": "managed",
        "type": kind,
        "name": name,
        "provider_name": "registry.terraform.io/hashicorp/aws",
        "schema_version": 0,
        "values": values,
        "sensitive_values": {},
    }


def plan(path, megabytes, seed=1):
    """A Terraform plan of about MEGABYTES: one load balancer, listener and target group per 50
    security group rules, which fill the rest (the shape of a large real plan: many rules)."""
    rng = random.Random(seed)
    target = int(megabytes * 1_000_000)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(
            '{"format_version":"1.2","terraform_version":"1.11.4",'
            '"planned_values":{"root_module":{"resources":['
        )
        written = 0
        i = 0
        first = True
        while first or written < target:
            if i % 50 == 0:
                n = "lb%05d" % (i // 50)
                group = [
                    _plan_resource(
                        "aws_lb",
                        n,
                        {
                            "name": n,
                            "load_balancer_type": "application",
                            "internal": False,
                            "idle_timeout": rng.choice([30, 60, 120, 300]),
                            "drop_invalid_header_fields": rng.choice([True, False]),
                        },
                    ),
                    _plan_resource(
                        "aws_lb_target_group",
                        n,
                        {
                            "name": n,
                            "port": rng.choice([80, 3000, 8080]),
                            "protocol": "HTTP",
                            "target_type": "ip",
                            "health_check": [
                                {
                                    "enabled": True,
                                    "path": rng.choice(["/healthz", "/health"]),
                                    "interval": 30,
                                    "timeout": 5,
                                    "matcher": "200",
                                    "healthy_threshold": 3,
                                    "unhealthy_threshold": 3,
                                    "protocol": "HTTP",
                                    "port": "traffic-port",
                                }
                            ],
                        },
                    ),
                    _plan_resource(
                        "aws_lb_listener",
                        n,
                        {"port": 443, "protocol": "HTTPS", "default_action": [{"type": "forward"}]},
                    ),
                ]
            else:
                group = [
                    _plan_resource(
                        "aws_security_group_rule",
                        "r%07d" % i,
                        {
                            "type": "ingress",
                            "protocol": "tcp",
                            "from_port": rng.choice([80, 443, 3000, 8080]),
                            "to_port": rng.choice([80, 443, 3000, 8080]),
                            "cidr_blocks": ["10.%d.%d.0/24" % (rng.randrange(256), rng.randrange(256))],
                            "description": "rule %d" % i,
                        },
                    )
                ]
            for r in group:
                text = ("" if first else ",") + json.dumps(r, sort_keys=True, separators=(",", ":"))
                f.write(text)
                written += len(text)
                first = False
            i += 1
        f.write("]}}}\n")


def app(out, rng, k):
    """nginx configuration K (a main file including a site) and Node app K behind it."""
    name = "app%04d" % k
    port = rng.choice([3000, 8080, 9000])
    keepalive = rng.choice([30, 65, 75, 120])
    base = os.path.join(out, "deploy", name)
    _write(os.path.join(base, "nginx.conf"), NGINX_MAIN.format(keepalive=keepalive))
    _write(
        os.path.join(base, "conf.d", name + ".conf"),
        NGINX_SITE.format(
            name=name,
            port=port,
            conns=rng.choice([16, 32, 64]),
            read=rng.choice([30, 60, 300]),
        ),
    )
    package = {
        "name": name,
        "version": "1.0.0",
        "private": True,
        "main": "server.js",
        "engines": {"node": rng.choice([">=18", ">=20", ">=22"])},
        "dependencies": {"express": "^4.21.0"},
    }
    _write(os.path.join(out, "apps", name, "package.json"), json.dumps(package, indent=2) + "\n")
    _write(
        os.path.join(out, "apps", name, "server.js"),
        SERVER_JS.format(name=name, port=port, keepalive=rng.choice([5000, 65000, 125000])),
    )


def monorepo(out, n_templates, plan_mb, k_apps, seed=1):
    templates(out, n_templates, seed)
    plan(os.path.join(out, "infra", "plan.json"), plan_mb, seed)
    rng = random.Random(seed)
    for k in range(k_apps):
        app(out, rng, k)


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = p.add_subparsers(dest="what", required=True)
    m = sub.add_parser("monorepo")
    m.add_argument("out")
    m.add_argument("--templates", type=int, default=500)
    m.add_argument("--plan-mb", type=float, default=20)
    m.add_argument("--apps", type=int, default=50)
    m.add_argument("--seed", type=int, default=1)
    t = sub.add_parser("templates")
    t.add_argument("out")
    t.add_argument("count", type=int)
    t.add_argument("--seed", type=int, default=1)
    a = p.parse_args()
    if a.what == "monorepo":
        monorepo(a.out, a.templates, a.plan_mb, a.apps, a.seed)
    else:
        templates(a.out, a.count, a.seed)


if __name__ == "__main__":
    main()
