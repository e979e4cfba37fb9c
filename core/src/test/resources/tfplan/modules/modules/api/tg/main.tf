resource "aws_lb_target_group" "this" {
  name        = "api-${"tg"}"
  port        = var.port
  protocol    = "HTTP"
  target_type = "ip"

  health_check { timeout = 5 }
}
