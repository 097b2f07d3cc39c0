"""reportlab settings that must be made before its drawing modules are imported (this
package imports this module first, so they are).

`shapeChecking` checks every attribute set on a chart's shapes against a list of what
each may hold: a help while a chart is being written, and a tenth of the time of the
PDF summary once it is (25,000 checks for one return).
"""

from reportlab import rl_config

rl_config.shapeChecking = 0
