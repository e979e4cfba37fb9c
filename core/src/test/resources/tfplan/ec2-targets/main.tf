# EC2 targets registered every way NetworkPaths reads: a launch configuration, a mixed instances
# policy whose launch template puts its groups on a network interface, a launch template named by
# name, an instance on the target group's port, and a literal instance id.

terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

provider "aws" {
  region = "eu-west-1"
}

resource "aws_security_group" "lb" {
  name   = "lb"
  vpc_id = "vpc-0a1b2c3d"

  egress {
    protocol    = "-1"
    from_port   = 0
    to_port     = 0
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group" "open" {
  name   = "open"
  vpc_id = "vpc-0a1b2c3d"
}

resource "aws_vpc_security_group_ingress_rule" "open_from_lb" {
  security_group_id            = aws_security_group.open.id
  ip_protocol                  = "tcp"
  from_port                    = 8080
  to_port                      = 8080
  referenced_security_group_id = aws_security_group.lb.id
}

resource "aws_security_group" "closed" {
  name   = "closed"
  vpc_id = "vpc-0a1b2c3d"
}

resource "aws_lb" "web" {
  name            = "web"
  subnets         = ["subnet-1111", "subnet-2222"]
  security_groups = [aws_security_group.lb.id]
}

resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.web.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}

resource "aws_lb_target_group" "web" {
  name     = "web"
  vpc_id   = "vpc-0a1b2c3d"
  protocol = "HTTP"
  port     = 8080
}

resource "aws_launch_configuration" "configured" {
  name_prefix     = "configured-"
  image_id        = "ami-0abcdef1234567890"
  instance_type   = "t3.small"
  security_groups = [aws_security_group.open.id]
}

resource "aws_autoscaling_group" "by_configuration" {
  name                 = "by-configuration"
  min_size             = 1
  max_size             = 2
  vpc_zone_identifier  = ["subnet-1111"]
  launch_configuration = aws_launch_configuration.configured.name
  target_group_arns    = [aws_lb_target_group.web.arn]
}

resource "aws_launch_template" "interfaces" {
  name_prefix   = "interfaces-"
  image_id      = "ami-0abcdef1234567890"
  instance_type = "t3.small"

  network_interfaces {
    device_index    = 0
    security_groups = [aws_security_group.closed.id]
  }
}

resource "aws_autoscaling_group" "mixed" {
  name                = "mixed"
  min_size            = 1
  max_size            = 2
  vpc_zone_identifier = ["subnet-1111"]
  target_group_arns   = [aws_lb_target_group.web.arn]

  mixed_instances_policy {
    launch_template {
      launch_template_specification {
        launch_template_id = aws_launch_template.interfaces.id
      }
    }
  }
}

resource "aws_launch_template" "named" {
  name                   = "named"
  image_id               = "ami-0abcdef1234567890"
  instance_type          = "t3.small"
  vpc_security_group_ids = [aws_security_group.open.id]
}

resource "aws_autoscaling_group" "by_name" {
  name                = "by-name"
  min_size            = 1
  max_size            = 2
  vpc_zone_identifier = ["subnet-1111"]
  target_group_arns   = [aws_lb_target_group.web.arn]

  launch_template {
    name = aws_launch_template.named.name
  }
}

resource "aws_instance" "closed" {
  ami                    = "ami-0abcdef1234567890"
  instance_type          = "t3.micro"
  subnet_id              = "subnet-1111"
  vpc_security_group_ids = [aws_security_group.closed.id]
}

resource "aws_lb_target_group_attachment" "closed" {
  target_group_arn = aws_lb_target_group.web.arn
  target_id        = aws_instance.closed.id
}

resource "aws_lb_target_group_attachment" "literal" {
  target_group_arn = aws_lb_target_group.web.arn
  target_id        = "i-0123456789abcdef0"
}
