variable "lb_group" {
  type = string
}

resource "aws_security_group" "peer" {
  name   = "module-peer"
  vpc_id = "vpc-0a1b2c3d"
}

resource "aws_security_group" "this" {
  name   = "module-app"
  vpc_id = "vpc-0a1b2c3d"

  ingress {
    protocol        = "tcp"
    from_port       = 8080
    to_port         = 8080
    security_groups = [var.lb_group]
  }

  ingress {
    protocol        = "tcp"
    from_port       = 8080
    to_port         = 8080
    security_groups = [aws_security_group.peer.id]
  }

  ingress {
    protocol        = "tcp"
    from_port       = 9000
    to_port         = 9000
    security_groups = [aws_security_group.peer.id, "sg-0123456789abcdef0"]
  }
}
