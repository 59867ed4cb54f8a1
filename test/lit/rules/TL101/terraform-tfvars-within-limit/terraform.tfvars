trigger_timeout = 5
