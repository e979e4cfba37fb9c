module "api" {
  source = "./modules/api"
  app_sg = "sg-0app"
}

resource "aws_cloudwatch_metric_alarm" "api_5xx" {
  alarm_name  = "api-5xx"
  namespace   = "AWS/ApplicationELB"
  metric_name = "HTTPCode_Target_5XX_Count"
  statistic   = "Sum"
  dimensions = {
    LoadBalancer = module.api.lb_arn_suffix
  }
}

resource "aws_lb_target_group" "blue" {
  count    = 2
  port     = 80
  protocol = "HTTP"
}

resource "aws_autoscaling_group" "web" {
  target_group_arns = [aws_lb_target_group.blue[0].arn]
}
