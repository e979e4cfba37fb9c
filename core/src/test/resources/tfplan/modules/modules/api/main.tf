# The load balancer of the API: resource "aws_lb" "this" { in a comment is not a block
resource "aws_lb" "this" {
  name            = "api"
  idle_timeout    = 30
  security_groups = [aws_security_group.lb.id]
  access_logs {
    bucket = "logs" // bucket only: Terraform leaves logs off
  }
  /* resource "aws_lb" "this" {
     idle_timeout = 4000 */
}

resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.this.arn
  port              = 80
  protocol          = "HTTP"
  default_action {
    type             = "forward"
    target_group_arn = module.tg.arn
  }
}

resource "aws_security_group" "lb" {
  name        = "api-lb"
  description = <<-EOF
    Allows "HTTPS" { from ${var.app_sg} anywhere
    EOF
  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_vpc_security_group_ingress_rule" "from_lb" {
  security_group_id            = var.app_sg
  referenced_security_group_id = aws_security_group.lb.id
  from_port                    = 8080
  to_port                      = 8080
  ip_protocol                  = "tcp"
}

module "tg" {
  source = "./tg"
  port   = 8080
}
